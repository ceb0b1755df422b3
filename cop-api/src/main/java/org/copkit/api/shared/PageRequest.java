package org.copkit.api.shared;

/**
 * Which page of a list to return.
 *
 * @param page the page number, 0 to {@value #MAX_PAGE}, so that no offset overflows
 * @param size how many items a page holds, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

  /** The largest page size accepted. */
  public static final int MAX_SIZE = 200;
  /** The largest page number accepted. */
  public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

  /** Validates the bounds. */
  public PageRequest {
    Validation.between("page", page, 0, MAX_PAGE);
    Validation.between("size", size, 1, MAX_SIZE);
  }

  /**
   * The first page.
   *
   * @param size how many items a page holds
   * @return the request
   */
  public static PageRequest first(int size) {
    return new PageRequest(0, size);
  }

  /**
   * @return the request for the following page
   * @throws InvalidInputException naming {@code page} when this is page {@value #MAX_PAGE}
   */
  public PageRequest next() {
    return new PageRequest(page + 1, size);
  }

  /** @return how many items come before this page */
  public long offset() {
    return (long) page * size;
  }
}
