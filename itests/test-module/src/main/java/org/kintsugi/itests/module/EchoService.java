package org.kintsugi.itests.module;

import java.util.EnumSet;
import java.util.Set;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.spi.cases.ContactKind;
import org.kintsugi.core.spi.module.RestorativeService;
import org.osgi.service.component.annotations.Component;

/** Announces the test module to the core: it takes the two parties and passes messages between them. */
@Component(service = RestorativeService.class)
public class EchoService implements RestorativeService {
    public static final String ID = "it-echo";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Integration test echo";
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
