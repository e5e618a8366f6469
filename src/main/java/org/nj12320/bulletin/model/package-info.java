/** The bulletin's data as plain records: periods, issues, sections, tables and the problems found in them. */
package org.nj12320.bulletin.model;
