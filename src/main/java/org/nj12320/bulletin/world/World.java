package org.nj12320.bulletin.world;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Everything a build takes from outside itself. */
public interface World {
    /** One folder per issue, named after its period: {@code 2023-03}, {@code 2024}. */
    Folder data();

    /** The FreeMarker templates and the stylesheets. */
    Folder templates();

    /** The fonts the PDF embeds. */
    Folder fonts();

    /** The bulletin's time zone, in which its dates are meant: Nanjing's. */
    ZoneId zone();

    /**
     * The moment documents are to be dated at, when the build fixes it ({@code SOURCE_DATE_EPOCH},
     * reproducible-builds.org); empty when documents carry their print date.
     */
    Optional<Instant> fixedDate();

    /** The clock, for how long things took; never written into a document. */
    Clock clock();
}
