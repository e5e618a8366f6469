/**
 * Watching the folders an issue is made from: the changes to their files, gathered until the editor has
 * finished saving, so that a save of several files gives one rebuild. The JDK's file watching where the
 * system has it, a look at the files' times where it has not.
 */
package org.nj12320.bulletin.watch;
