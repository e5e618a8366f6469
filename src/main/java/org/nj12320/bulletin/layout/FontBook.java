package org.nj12320.bulletin.layout;

import java.util.Set;

/** The faces a document may be set in, found by family and weight. */
public interface FontBook {
    /** The face of a family at a weight (400 or 700), or null when the family is not one of the book's. */
    Face face(String family, int weight);

    /** The families there are. */
    Set<String> families();
}
