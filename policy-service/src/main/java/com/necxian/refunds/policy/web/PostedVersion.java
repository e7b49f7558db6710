package com.necxian.refunds.policy.web;

import java.net.URI;
import java.time.Instant;

import org.springframework.http.ResponseEntity;

import com.necxian.refunds.policy.store.PolicyVersions.PolicyVersion;

import io.swagger.v3.oas.annotations.media.Schema;

/** 201 for a posted version (or recall): its number and when it took effect, with Location. */
@Schema(name = "PostedPolicyVersion")
record PostedVersion(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", example = "4") int version,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant effectiveAt) {

    static ResponseEntity<PostedVersion> created(PolicyVersion posted) {
        return ResponseEntity.created(URI.create("/api/v1/policy/versions/" + posted.version()))
                .body(new PostedVersion(posted.version(), posted.effectiveAt()));
    }
}
