/**
 * The web edition's finishing: the page the templates made becomes one HTML5 file that needs nothing from
 * outside, with its stylesheet's rules also written into each element's style attribute, which is what
 * survives a paste into the WeChat article editor. jsoup and HtmlUnit's CSS parser are used here only.
 */
package org.nj12320.bulletin.web;
