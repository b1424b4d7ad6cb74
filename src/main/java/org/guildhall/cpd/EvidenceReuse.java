package org.guildhall.cpd;

import java.util.UUID;

/**
 * A file of one activity's evidence that is also evidence for another activity (the same upload, or the same
 * bytes uploaded again, as the stored checksum shows), for the registrar reviewing the first: issue 19.
 *
 * @param documentId      the evidence of the activity under review
 * @param otherActivityId the other activity holding the same file
 * @param sameMember      whether the other activity is the same member's (logged twice) or another member's
 */
public record EvidenceReuse(UUID documentId, long otherActivityId, String otherActivityTitle,
        CpdActivityStatus otherStatus, long otherAccountId, String otherMemberName, boolean sameMember) {
}
