/**
 * Turns a computed issue into the XHTML page of an edition through the project's FreeMarker templates: the
 * issue's content, the same in every edition, inside the edition's own page, with the spacing rules of
 * Chinese text applied.
 */
package org.nj12320.bulletin.render;
