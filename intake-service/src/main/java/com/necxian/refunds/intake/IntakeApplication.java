package com.necxian.refunds.intake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IntakeApplication {

    public static void main(String[] args) {
        // Apicurio builds a new Avro DatumReader per record, and Avro's fast reader then rebuilds its reader tree
        // every time (a tenth of intake's CPU under load); the classic resolving reader is cached per thread.
        // Must be set before the first Avro model (every generated event class has one) is created.
        if (System.getProperty("org.apache.avro.fastread") == null) {
            System.setProperty("org.apache.avro.fastread", "false");
        }
        SpringApplication.run(IntakeApplication.class, args);
    }
}
