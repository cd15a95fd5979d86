package org.kintsugi.core.internal.cases;

import javax.persistence.EntityManager;

import org.kintsugi.core.internal.crypto.BlindIndex;
import org.kintsugi.core.internal.crypto.DataKeyring;
import org.kintsugi.core.internal.crypto.FieldCipher;
import org.kintsugi.core.internal.referral.PartyCodec;
import org.kintsugi.core.internal.referral.ReferralRequests;

/**
 * A participant's name and contact ways, sealed under the participant's own id so they cannot be moved, and
 * the keyed hashes of their name's words beside them, so hub staff can find the case by name.
 */
public final class ParticipantDetails {
    private final FieldCipher cipher;
    private final BlindIndex names;

    public ParticipantDetails(DataKeyring keys) {
        this.cipher = keys.cipher();
        this.names = keys.blindIndex();
    }

    /** Seals the details into a new participant, stores it, and indexes its name: the only way one is added. */
    public void persist(EntityManager em, CaseParticipant participant, ReferralRequests.Party party) {
        participant.seal(cipher.encrypt(PartyCodec.write(party), participant.getId(), "details"));
        em.persist(participant);
        writeTokens(em, participant, party);
    }

    /** Rewrites the name words of a participant stored before the index (a batch cut short may have left some). */
    public void index(EntityManager em, CaseParticipant participant, ReferralRequests.Party party) {
        em.createQuery("delete from ParticipantNameToken t where t.participantId = :p")
                .setParameter("p", participant.getId()).executeUpdate();
        writeTokens(em, participant, party);
    }

    private void writeTokens(EntityManager em, CaseParticipant participant, ReferralRequests.Party party) {
        if (party != null && party.name != null) {
            names.tokens(party.name).forEach(token -> em.persist(new ParticipantNameToken(participant, token)));
        }
        participant.nameIndexed();
    }

    /** Every call is a read of personal data: callers show it only to those who may see it. */
    public ReferralRequests.Party open(CaseParticipant participant) {
        return PartyCodec.read(cipher.decrypt(participant.getDetailsEnc(), participant.getId(), "details"));
    }
}
