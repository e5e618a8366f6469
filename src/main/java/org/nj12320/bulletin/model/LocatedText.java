package org.nj12320.bulletin.model;

/** A piece of text that will be printed, and where it was written. */
public record LocatedText(String text, SourceRef ref) {}
