package io.callimport.consumer.importing;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.orm.jpa.JpaTransactionManager;

/**
 * Two transaction managers: the import's statements are plain SQL ({@link CallStore}), so
 * its transactions need no Hibernate session, which JPA's manager opens for each one;
 * everything else (failures, settings) stays on JPA's. Boot's JPA manager backs off once
 * another exists, so it is declared here too, as the default.
 */
@Configuration(proxyBeanMethods = false)
class ImportTransactions {

	@Bean
	@Primary
	JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory,
			ObjectProvider<TransactionManagerCustomizers> customizers) {
		JpaTransactionManager manager = new JpaTransactionManager(entityManagerFactory);
		customizers.ifAvailable((each) -> each.customize(manager));
		return manager;
	}

	@Bean(ImportTransaction.MANAGER)
	JdbcTransactionManager importTransactionManager(DataSource dataSource,
			ObjectProvider<TransactionManagerCustomizers> customizers) {
		JdbcTransactionManager manager = new JdbcTransactionManager(dataSource);
		customizers.ifAvailable((each) -> each.customize(manager));
		return manager;
	}

}
