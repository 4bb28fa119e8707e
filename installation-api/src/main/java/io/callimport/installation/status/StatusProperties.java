package io.callimport.installation.status;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the status reads the producer's lease ({@code status.*}).
 *
 * @param socketLiveWithin the socket counts as live when the producer holding the
 * tenant's lease recorded a live moment this recently (it does at every renewal, every 5
 * s by default)
 */
@Validated
@ConfigurationProperties("status")
public record StatusProperties(@DefaultValue("20s") @DurationMin(seconds = 1) Duration socketLiveWithin) {
}
