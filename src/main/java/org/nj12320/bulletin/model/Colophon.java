package org.nj12320.bulletin.model;

import java.util.List;

/**
 * The back matter: the centre's contact details, and for some issues the editor and the print run.
 *
 * @param channels apps and accounts where readers find the centre, printed after the website
 * @param editor   责任编辑, or null
 * @param copies   本期共印 … 份, or null
 */
public record Colophon(
        String organisation,
        String address,
        String postcode,
        String phone,
        String fax,
        String email,
        String website,
        List<String> channels,
        String editor,
        Long copies) {
    public Colophon {
        channels = List.copyOf(channels);
    }
}
