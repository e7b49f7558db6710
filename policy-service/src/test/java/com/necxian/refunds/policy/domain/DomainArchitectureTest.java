package com.necxian.refunds.policy.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The policy domain is plain Java: no framework, no serialization library, no floating-point money. */
@AnalyzeClasses(packages = "com.necxian.refunds.policy.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule depends_only_on_java_and_itself = classes()
            .that().resideInAPackage("..policy.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..policy.domain..", "com.necxian.refunds.money..");

    @ArchTest
    static final ArchRule uses_no_framework_or_serialization_library = noClasses()
            .that().resideInAPackage("..policy.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "org.apache.avro..", "com.fasterxml..", "tools.jackson..", "lombok..");

    @ArchTest
    static final ArchRule has_no_floating_point_fields = fields()
            .that().areDeclaredInClassesThat().resideInAPackage("..policy.domain..")
            .should().notHaveRawType(double.class).andShould().notHaveRawType(float.class)
            .andShould().notHaveRawType(Double.class).andShould().notHaveRawType(Float.class);

    @ArchTest
    static final ArchRule returns_no_floating_point = methods()
            .that().areDeclaredInClassesThat().resideInAPackage("..policy.domain..")
            .should().notHaveRawReturnType(double.class).andShould().notHaveRawReturnType(float.class);
}
