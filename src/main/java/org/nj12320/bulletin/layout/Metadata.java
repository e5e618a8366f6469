package org.nj12320.bulletin.layout;

/**
 * What a document says of itself: its title, author, subject, keywords and language.
 *
 * @param keywords words to find it by, separated by commas
 * @param language its language (BCP 47), such as {@code zh-CN}
 */
public record Metadata(String title, String author, String subject, String keywords, String language) {}
