/**
 * Drafts the next issue from the last one: the same sections, tables, units and words, with every figure,
 * the print date and the articles marked to be filled in, for {@code bulletin new}.
 */
package org.nj12320.bulletin.draft;
