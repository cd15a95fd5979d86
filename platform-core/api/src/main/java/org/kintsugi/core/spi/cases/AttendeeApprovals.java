package org.kintsugi.core.spi.cases;

import java.util.Set;

import org.kintsugi.core.api.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Who a case supervisor approved to attend one meeting held under a survivor-only decision (a family
 * circle, for instance): the contact gate lets such a meeting go ahead with those people only. An
 * approval belongs to the decision it was given under; a new decision needs a new approval. Provided by
 * the core; every method joins the caller's transaction.
 *
 * @since 1.4
 */
@ProviderType
public interface AttendeeApprovals {
    /**
     * Replaces the approved attendees of {@code meetingKey} with {@code participantIds}, recorded on the
     * case's timeline. The caller must be a case supervisor who practises on the case (else a
     * {@code ProblemException} 403); a case outside their scope is 404. A participant who is not of the
     * case, a facilitator, or a person responsible (never part of survivor-only work) is a 400 naming
     * {@code participantIds}; so is a case whose current decision is not survivor-only (409).
     *
     * @return the approved participant ids, as stored
     */
    Set<String> approve(Caller caller, String caseId, String meetingKey, Set<String> participantIds);

    /** The attendees approved for {@code meetingKey} under the case's current decision; empty when none. */
    Set<String> approved(String caseId, String meetingKey);
}
