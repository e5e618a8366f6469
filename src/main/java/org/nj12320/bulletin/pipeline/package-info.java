/**
 * The stages run in order for an issue (load, compute, check, render, and each output's own renderer: the printed
 * edition's page mapped, laid out and written as a PDF; the web edition's page finished as one HTML file), with
 * what can be kept between builds kept (templates, fonts) and the layout warmed up in the background.
 */
package org.nj12320.bulletin.pipeline;
