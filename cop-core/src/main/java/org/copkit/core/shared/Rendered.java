package org.copkit.core.shared;

import java.util.List;
import java.util.Set;

/**
 * A Markdown text after rendering.
 *
 * @param html sanitized HTML, safe to insert in a page
 * @param text what a reader sees, without markup
 * @param links the link and image targets it holds, in order
 * @param mentions the {@code @handles} it mentions outside code, without the {@code @}
 */
public record Rendered(String html, String text, List<String> links, Set<String> mentions) {

  /** Copies the collections. */
  public Rendered {
    links = List.copyOf(links);
    mentions = Set.copyOf(mentions);
  }
}
