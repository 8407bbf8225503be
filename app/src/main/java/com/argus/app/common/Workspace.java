package com.argus.app.common;

import com.argus.engine.audit.AuditLog;
import com.argus.engine.project.ProjectRepository;
import com.argus.engine.run.RunRepository;
import com.argus.engine.spec.SpecRepository;
import java.nio.file.Path;

/**
 * The repositories of one Argus home, as the screens use them. The composition root builds it from
 * the store; the view models take only the repositories they need.
 *
 * @param home the Argus home folder (database, artifacts)
 */
public record Workspace(Path home, ProjectRepository projects, SpecRepository specs, RunRepository runs, AuditLog audit) {}
