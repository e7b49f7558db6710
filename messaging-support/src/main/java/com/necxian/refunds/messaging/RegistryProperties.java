package com.necxian.refunds.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Apicurio Registry is, and whether this service may register schemas itself (locally and in tests;
 * a deployment registers them up front with the BACKWARD rule).
 */
@ConfigurationProperties("necxian.registry")
public record RegistryProperties(String url, Boolean autoRegister, Integer partitions) {

    /**
     * Partitions per topic: two instances of a service with three listener threads each all get work
     * (TwoInstancesTest), and a group can grow to six busy consumers.
     */
    static final int DEFAULT_PARTITIONS = 6;

    public RegistryProperties {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("necxian.registry.url is not set: the base URL of the Apicurio Registry");
        }
        autoRegister = autoRegister == null || autoRegister;
        partitions = partitions == null ? DEFAULT_PARTITIONS : partitions;
    }

    String apiUrl() {
        return url.replaceAll("/+$", "") + "/apis/registry/v2";
    }
}
