package org.guildhall.portfolio;

import java.util.UUID;

import org.guildhall.shared.Text;
import org.springframework.modulith.NamedInterface;

/** A document showing improved service processes, satisfaction or business outcomes, with what it shows. */
@NamedInterface("api")
public record Evidence(UUID documentId, String caption) {

    public static final int MAX_CAPTION = 300;

    public Evidence {
        if (caption.isBlank() || caption.length() > MAX_CAPTION) {
            throw new PortfolioRefusedException(Text.of("portfolio.evidence.caption", MAX_CAPTION));
        }
    }
}
