package org.copkit.api.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param items the items on this page, in the list's order
 * @param request the request that produced it
 * @param total how many items the whole list holds
 * @param <T> the item type
 */
public record Page<T>(List<T> items, PageRequest request, long total) {

  /** Validates and copies the items. */
  public Page {
    items = List.copyOf(Validation.required("items", items));
    Validation.required("request", request);
    Validation.notNegative("total", total);
  }

  /** @return whether a following page holds more items */
  public boolean hasNext() {
    return request.offset() + items.size() < total;
  }

  /**
   * The same page with its items transformed.
   *
   * @param mapper the transformation
   * @param <R> the new item type
   * @return the transformed page
   */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), request, total);
  }

  /**
   * Cuts a page out of a complete, ordered list.
   *
   * @param all the whole list
   * @param request the page wanted
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> of(List<T> all, PageRequest request) {
    int from = (int) Math.min(all.size(), request.offset());
    int to = (int) Math.min(all.size(), request.offset() + request.size());
    return new Page<>(all.subList(from, to), request, all.size());
  }
}
