package org.kintsugi.conferencing.internal;

import java.util.EnumSet;
import java.util.Set;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.spi.cases.ContactKind;
import org.kintsugi.core.spi.module.RestorativeService;
import org.osgi.service.component.annotations.Component;

/**
 * Conferencing: prepared face-to-face meetings between the parties with their supporters, and family circles
 * the person responsible never attends. What the core needs to know to list, offer and gate this service.
 */
@Component(service = RestorativeService.class)
public class Conferencing implements RestorativeService {
    /** The module's id: its REST path under /api/modules/, its screens' folder, the prefix of its codes. */
    public static final String ID = "conferencing";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Conferencing";
    }

    @Override
    public Set<ParticipantRole> participantRoles() {
        return EnumSet.of(ParticipantRole.PERSON_HARMED, ParticipantRole.PERSON_RESPONSIBLE, ParticipantRole.SUPPORTER,
                ParticipantRole.AFFECTED_OTHER);
    }

    @Override
    public Set<ContactKind> contactKinds() {
        return EnumSet.of(ContactKind.DIRECT);
    }
}
