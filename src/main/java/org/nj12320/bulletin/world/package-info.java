/**
 * The outside world as the stages see it: the project's folders (data, templates, fonts), the time zone, the
 * date documents carry and the clock. The stages read the disk and the time through here alone, so a
 * long-running process can keep what it loaded, and tests can hand in a world of their own.
 */
package org.nj12320.bulletin.world;
