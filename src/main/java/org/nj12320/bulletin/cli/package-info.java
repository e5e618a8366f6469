/** The {@code bulletin} command line: parses options, runs the stages in order and is the only place that writes files. */
package org.nj12320.bulletin.cli;
