package org.kintsugi.core.internal.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;

import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On an empty database, creates the national administrator {@code admin}: with the configured
 * password (KINTSUGI_ADMIN_PASSWORD), or a random one written once to a file only the owner can read.
 */
@Component(immediate = true, configurationPid = SecurityConfig.PID)
public class InitialAdmin {
    public static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);

    @Activate
    public InitialAdmin(@Reference AccountService accounts, SecurityConfig config) throws IOException {
        if (accounts.countUsers() > 0) {
            return;
        }
        String configured = config.initial_admin_password();
        if (configured != null && !configured.isEmpty()) {
            try {
                accounts.create(USERNAME, "National administrator", configured, Role.NATIONAL_ADMIN);
                LOG.info("Created the initial administrator '{}' with the password from KINTSUGI_ADMIN_PASSWORD", USERNAME);
            } catch (ProblemException e) {
                LOG.error("KINTSUGI_ADMIN_PASSWORD refused: the password {}. No administrator was created; "
                        + "set a better one and restart.", e.getFields().get(0).getReason());
            }
            return;
        }
        String generated = Tokens.newPassword();
        accounts.create(USERNAME, "National administrator", generated, Role.NATIONAL_ADMIN);
        Path file = writeOwnerOnly(generated);
        LOG.info("Created the initial administrator '{}'; its password is in {} (readable by this user only). "
                + "Log in, change it, then delete the file.", USERNAME, file);
    }

    private static Path writeOwnerOnly(String password) throws IOException {
        Path file = Paths.get(System.getProperty("karaf.data", "data"), "initial-admin-password");
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.write(file, (password + "\n").getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
