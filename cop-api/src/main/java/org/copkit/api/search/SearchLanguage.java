package org.copkit.api.search;

/**
 * The language a community writes in, which decides how its text is cut into words and stemmed.
 * Whatever the language, letters match with or without their accents, and the Catalan middle dot
 * ({@code "col·legi"}) matches with or without the dot ({@code "collegi"}).
 */
public enum SearchLanguage {
  /** Catalan: elisions ({@code "l'advocat"}) split off, Catalan stop words and stemming. */
  CATALAN,
  /** Spanish: Spanish stop words and stemming. */
  SPANISH,
  /** English: possessives removed, English stop words and stemming. */
  ENGLISH
}
