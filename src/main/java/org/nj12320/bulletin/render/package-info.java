/** Turns a computed issue into XHTML through the FreeMarker templates in the project's templates folder. */
package org.nj12320.bulletin.render;
