package org.clinbridge.platform.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table over the same keyset pages the API serves. Keyset pages have no offsets and no
 * total, so the model remembers the cursor that starts each page it has seen and reports one page
 * more than it has shown while a next page exists: the paginator offers "previous" and "next",
 * never a jump to page 57 or a count that would need a full scan.
 *
 * <p>Kept in a view-scoped page bean, so the cursors live as long as the page does.
 *
 * @param <T> the row type, usually the area's {@code XView} record
 */
public abstract class KeysetDataModel<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** Cursor starting page {@code i}; page 0 starts at the beginning (null). */
  private final List<String> starts = new ArrayList<>();

  private int pageSize;

  /** One keyset page, exactly as the API's list endpoint answers it. */
  protected abstract Page<T> fetch(PageRequest request);

  /** A stable key of a row, for selection (e.g. the public id). */
  protected abstract String keyOf(T row);

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return getRowCount();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT));
    if (size != this.pageSize || starts.isEmpty()) {
      this.pageSize = size;
      starts.clear();
      starts.add(null);
    }
    int wanted = first / size;
    // A page not reached yet: walk forward from the last known start (the paginator only asks
    // for the next page, but a bookmark or a changed page size can ask for more).
    int index = Math.min(wanted, starts.size() - 1);
    Page<T> page = fetch(new PageRequest(size, starts.get(index)));
    remember(index, page);
    while (index < wanted && page.next() != null) {
      index++;
      page = fetch(new PageRequest(size, page.next()));
      remember(index, page);
    }
    int shown = index * size + page.items().size();
    setRowCount(page.next() == null ? shown : shown + size);
    return page.items();
  }

  /** Forgets the cursors, e.g. after a change that moves rows; the table starts over. */
  public void reset() {
    starts.clear();
  }

  private void remember(int index, Page<T> page) {
    while (starts.size() > index + 1) {
      starts.remove(starts.size() - 1);
    }
    if (page.next() != null) {
      starts.add(page.next());
    }
  }

  @Override
  public String getRowKey(T row) {
    return keyOf(row);
  }
}
