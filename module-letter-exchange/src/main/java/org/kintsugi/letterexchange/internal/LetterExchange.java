package org.kintsugi.letterexchange.internal;

import java.util.EnumSet;
import java.util.Set;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.spi.cases.ContactKind;
import org.kintsugi.core.spi.module.RestorativeService;
import org.osgi.service.component.annotations.Component;

/** Letters and questions passed between the person harmed and the person responsible through a facilitator. */
@Component(service = RestorativeService.class)
public class LetterExchange implements RestorativeService {
    public static final String ID = "letter-exchange";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Letter exchange";
    }

    @Override
    public Set<ParticipantRole> participantRoles() {
        return EnumSet.of(ParticipantRole.PERSON_HARMED, ParticipantRole.PERSON_RESPONSIBLE);
    }

    @Override
    public Set<ContactKind> contactKinds() {
        return EnumSet.of(ContactKind.INDIRECT);
    }
}
