package org.kintsugi.core.internal.cases;

import org.kintsugi.core.internal.crypto.FieldCipher;
import org.kintsugi.core.internal.referral.PartyCodec;
import org.kintsugi.core.internal.referral.ReferralRequests;

/** A participant's name and contact ways, sealed under the participant's own id so they cannot be moved. */
public final class ParticipantDetails {
    private final FieldCipher cipher;

    public ParticipantDetails(FieldCipher cipher) {
        this.cipher = cipher;
    }

    public void seal(CaseParticipant participant, ReferralRequests.Party party) {
        participant.seal(cipher.encrypt(PartyCodec.write(party), participant.getId(), "details"));
    }

    /** Every call is a read of personal data: callers show it only to those who may see it. */
    public ReferralRequests.Party open(CaseParticipant participant) {
        return PartyCodec.read(cipher.decrypt(participant.getDetailsEnc(), participant.getId(), "details"));
    }
}
