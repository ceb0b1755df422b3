package org.copkit.api.privacy;

/**
 * What happens, in one community, to what an erased member wrote. Either way the member is
 * replaced by their pseudonym and threads stay readable: posts keep their place, only their text
 * may go.
 */
public enum ErasurePolicy {
  /** Their writing stays, signed by their pseudonym: the community keeps its know-how. The default. */
  KEEP_ANONYMISED,
  /** Their writing is replaced by {@link Privacy#REMOVED_TEXT}, signed by their pseudonym. */
  REMOVE
}
