package org.guildhall.shared;

/**
 * A failure that tells the person what happened and what to do, in their language when shown. Views catch several
 * kinds at once ({@code catch (CpdRefusedException | CpdActivityNotFoundException e)}) and show the reason.
 */
public interface Explained {

    Text reason();
}
