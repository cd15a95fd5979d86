/**
 * How modules take part in a case's life: they hear of every pause, withdrawal, halt and closure in the
 * same transaction ({@link org.kintsugi.core.spi.cases.CaseHoldListener}), and ask the
 * {@link org.kintsugi.core.spi.cases.ContactGate} before anything passes between the parties, and see
 * cases only through the core's scoping ({@link org.kintsugi.core.spi.cases.CaseAccess}). Meetings ask the
 * gate about their attendees ({@link org.kintsugi.core.spi.cases.MeetingAttendance}); under a survivor-only
 * decision a case supervisor approves who attends ({@link org.kintsugi.core.spi.cases.AttendeeApprovals}).
 */
@Export
@Version("1.5.0")
package org.kintsugi.core.spi.cases;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
