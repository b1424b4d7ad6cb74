package org.guildhall.personaldata;

/**
 * One module's part of what the portal holds about a person. The {@code privacy} module calls every contributor
 * when it builds an export or carries out an approved erasure; it has authorised the request, so a contributor
 * checks nothing and acts on the account it is given.
 */
public interface PersonalDataContributor {

    /** The folder of this module's part in the export, e.g. {@code "cpd"}. */
    String part();

    /** Writes what this module holds about the account into the archive: its records as JSON, its files as they are. */
    void export(long accountId, PersonalDataArchive archive);

    /**
     * Removes or pseudonymises what this module holds about the account, keeping only what the institute must keep
     * (Art. 17(3)), and says which is which in the log. Runs in the erasure's transaction.
     */
    void erase(long accountId, ErasureLog log);
}
