package com.necxian.refunds.notification;

import com.necxian.refunds.testsupport.ServiceArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The service keeps the shape every service shares (see ServiceArchitecture). */
@AnalyzeClasses(packages = "com.necxian.refunds.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = ServiceArchitecture.DOMAIN_IS_PLAIN_JAVA;

    @ArchTest
    static final ArchRule domainKnowsNothingAroundIt = ServiceArchitecture.DOMAIN_KNOWS_NOTHING_AROUND_IT;

    @ArchTest
    static final ArchRule storesDoNotReachUp = ServiceArchitecture.STORES_DO_NOT_REACH_UP;

    @ArchTest
    static final ArchRule namesSayWhatThingsAre = ServiceArchitecture.NAMES_SAY_WHAT_THINGS_ARE;
}
