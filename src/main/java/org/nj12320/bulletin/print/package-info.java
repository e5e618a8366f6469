/**
 * The printed edition's page, as the templates make it (XHTML and the print stylesheet), mapped onto the layout:
 * the stylesheet read and cascaded over the page's elements, each element made the block, table, line of text or
 * running head its computed style says, with the structure element it stands for. Whatever the page or the
 * stylesheet asks that the layout cannot do is an error at the template's or the stylesheet's line.
 */
package org.nj12320.bulletin.print;
