package ${package}.internal;

import java.util.EnumSet;
import java.util.Set;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.spi.cases.ContactKind;
import org.kintsugi.core.spi.module.RestorativeService;
import org.osgi.service.component.annotations.Component;

/** ${serviceName}: what the core needs to know to list, offer and gate this service. */
@Component(service = RestorativeService.class)
public class ${serviceClass} implements RestorativeService {
    /** The module's id: its REST path under /api/modules/, its screens' folder, the prefix of its codes. */
    public static final String ID = "${moduleId}";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "${serviceName}";
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
