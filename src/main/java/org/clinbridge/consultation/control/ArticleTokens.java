package org.clinbridge.consultation.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.clinbridge.consultation.entity.ArticleTerm;

/**
 * Turns bilingual text into the knowledge base's terms. Chinese is written without spaces and a
 * dictionary segmenter would need a dictionary kept up to date with regulatory vocabulary, so
 * Chinese runs become overlapping two-character words (注册证 gives 注册 and 册证), which finds any
 * two-character query and ranks longer ones by how many of their pairs match; a lone Chinese
 * character stays a term of its own. English is lower-cased, stripped of stop words and stemmed
 * (registration and registered meet at "regist"). Full-width letters and digits are folded first.
 * Thread-safe: the analyser keeps its state per thread.
 */
public final class ArticleTokens {
  private static final Analyzer ANALYZER =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer source = new StandardTokenizer();
          TokenStream s = new CJKWidthFilter(source);
          s = new LowerCaseFilter(s);
          s = new CJKBigramFilter(s);
          s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
          s = new PorterStemFilter(s);
          return new TokenStreamComponents(source, s);
        }
      };

  private ArticleTokens() {}

  /** Each term of {@code text} with how often it occurs, in order of first occurrence. */
  public static Map<String, Integer> of(String text) {
    Map<String, Integer> terms = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return terms;
    }
    try (TokenStream s = ANALYZER.tokenStream("text", text)) {
      CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
      s.reset();
      while (s.incrementToken()) {
        if (term.length() <= ArticleTerm.MAX_TERM) {
          terms.merge(term.toString(), 1, Integer::sum);
        }
      }
      s.end();
    } catch (IOException e) {
      // Reading a String cannot fail; the analyser's signature says it could.
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
