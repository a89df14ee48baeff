package org.clinbridge.platform.web;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import org.clinbridge.platform.problem.ProblemException;

/**
 * Reads every JSON request body once, in full and bounded, before JSON-B binds it: at most {@link
 * #MAX_BYTES} (else 413), complete and well-formed (else 400 {@code malformed-json}), nested at
 * most {@link #MAX_DEPTH} deep, and with no string PostgreSQL cannot store (400 naming the field).
 *
 * <p>Why: binding skips a member the form does not have with Parsson's {@code skipObject} / {@code
 * skipArray}, which loops for ever at the end of a truncated body (no end-of-input check there), so
 * {@code {"zzz": {"a": 1} } cut short pinned a CPU core per request. This check walks the tokens
 * with {@code next()} only, which fails at the end of input, so what reaches the binder is always
 * complete and the skip always ends. It also bounds what one request can cost: the body is read
 * into memory at most once and the walk is linear.
 */
@Provider
@Priority(Priorities.ENTITY_CODER - 100)
public class JsonBodyCheck implements ReaderInterceptor {
  /** The largest JSON body accepted: forms are small; files travel as CSV or text. */
  public static final int MAX_BYTES = 1024 * 1024;

  /** Deeper nesting than any form of ours, well below what would strain the binder. */
  public static final int MAX_DEPTH = 32;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType())) {
      return context.proceed();
    }
    byte[] body = read(context.getInputStream());
    if (body.length > 0) {
      check(body);
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  static boolean isJson(MediaType type) {
    return type != null
        && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
  }

  static byte[] read(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BYTES + 1);
    if (body.length > MAX_BYTES) {
      throw new ProblemException(413, "payload-too-large", "payload-too-large.detail");
    }
    return body;
  }

  /**
   * Walks the whole document. Throws a 400 problem for a body that is truncated, not JSON, too
   * deep, or holds a string that cannot be stored (the violation names its JSON path).
   */
  static void check(byte[] body) {
    Deque<Frame> path = new ArrayDeque<>();
    boolean complete = false;
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
      // Parsson's hasNext() answers false at the end of input inside an object or array instead
      // of failing, so completeness is judged by the depth coming back to zero.
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        Frame top = path.peek();
        switch (event) {
          case START_OBJECT, START_ARRAY -> {
            if (top != null) {
              top.advance();
            }
            if (path.size() >= MAX_DEPTH) {
              throw malformed();
            }
            path.push(new Frame(event == JsonParser.Event.START_ARRAY));
          }
          case END_OBJECT, END_ARRAY -> {
            path.pop();
            complete = path.isEmpty();
          }
          case KEY_NAME -> {
            top.key = parser.getString();
            if (!StorableText.storable(top.key)) {
              throw unstorable(path, true);
            }
          }
          case VALUE_STRING -> {
            if (top != null) {
              top.advance();
            }
            if (!StorableText.storable(parser.getString())) {
              throw unstorable(path, false);
            }
            complete = path.isEmpty();
          }
          default -> {
            if (top != null) {
              top.advance();
            }
            complete = path.isEmpty();
          }
        }
      }
    } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
      throw malformed();
    }
    if (!complete || !path.isEmpty()) {
      throw malformed();
    }
  }

  private static ProblemException malformed() {
    return new ProblemException(400, "malformed-json", "malformed-json.detail");
  }

  private static ProblemException unstorable(Deque<Frame> path, boolean inKey) {
    StringBuilder name = new StringBuilder();
    var frames = path.descendingIterator();
    while (frames.hasNext()) {
      Frame f = frames.next();
      if (f.array) {
        if (f.index >= 0) {
          name.append('[').append(f.index).append(']');
        }
      } else if (f.key != null) {
        if (!name.isEmpty()) {
          name.append('.');
        }
        // The name itself may be the bad text: shown with the bad characters replaced.
        name.append(inKey && !frames.hasNext() ? printable(f.key) : f.key);
      }
    }
    return ProblemException.invalidField(name.toString(), StorableText.MESSAGE_KEY);
  }

  private static String printable(String key) {
    StringBuilder out = new StringBuilder();
    key.codePoints()
        .forEach(
            c ->
                out.appendCodePoint(
                    c == 0 || Character.isSurrogate((char) c) && c <= 0xFFFF ? 0xFFFD : c));
    return out.toString();
  }

  /** Where the walk is in one object (its current member) or array (its current index). */
  private static final class Frame {
    final boolean array;
    String key;
    int index = -1;

    Frame(boolean array) {
      this.array = array;
    }

    void advance() {
      if (array) {
        index++;
      }
    }
  }
}
