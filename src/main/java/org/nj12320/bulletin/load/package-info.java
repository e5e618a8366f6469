/** Reads an issue's YAML and Markdown files into the model, remembering the file, line and column of every value. */
package org.nj12320.bulletin.load;
