package org.guildhall.portfolio;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** A document showing improved service processes, satisfaction or business outcomes, with what it shows. */
@NamedInterface("api")
public record Evidence(UUID documentId, String caption) {

    public static final int MAX_CAPTION = 300;

    public Evidence {
        PortfolioRefusedException.require(!caption.isBlank() && caption.length() <= MAX_CAPTION,
                "Caption each piece of evidence in at most " + MAX_CAPTION + " characters.");
    }
}
