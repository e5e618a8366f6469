package org.nj12320.bulletin.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** A PDF validated by veraPDF against one flavour: {@code 3a} (PDF/A-3a) or {@code ua1} (PDF/UA-1). */
public final class VeraPdf {
    /** The rules it fails, as clause-test: message, and whether veraPDF calls it compliant. */
    public record Result(List<String> failures, boolean compliant) {}

    private VeraPdf() {}

    public static Result validate(InputStream pdf, String flavourName)
            throws IOException, ModelParsingException, EncryptedPdfException, ValidationException {
        VeraGreenfieldFoundryProvider.initialise();
        PDFAFlavour flavour = PDFAFlavour.fromString(flavourName);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf, flavour)) {
            ValidationResult result =
                    Foundries.defaultInstance().createValidator(flavour, false).validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion t : result.getTestAssertions()) {
                if (t.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(
                            t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + ": " + t.getMessage());
                }
            }
            return new Result(failures, result.isCompliant());
        }
    }
}
