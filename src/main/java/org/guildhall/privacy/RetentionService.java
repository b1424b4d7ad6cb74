package org.guildhall.privacy;

import java.util.List;

import org.guildhall.identity.Role;
import org.guildhall.privacy.internal.RetentionRunner;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The retention rules as the registrar and admins read them: what the nightly job would delete today. */
@Service
@PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
public class RetentionService {

    private final RetentionRunner runner;

    RetentionService(RetentionRunner runner) {
        this.runner = runner;
    }

    /** Per kind of record with a retention period: how many records the job would delete if it ran now. */
    public List<RetentionDue> dryRun() {
        return runner.dryRun();
    }
}
