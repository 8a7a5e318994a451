<?php
/**
 * Settings > IOP cost estimator: where an administrator pastes (or picks a file of) the center's configuration.
 * The page checks it as it is typed, with the widget's own checks (assets/settings.js, iop-check-config.js), names
 * each wrong field before it is saved, and shows the widget as it will be. The server keeps only JSON objects
 * under 1 MB (the settings API adds the nonce and checks the capability).
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_init', 'iop_ce_register_setting' );
add_action( 'admin_menu', 'iop_ce_add_settings_page' );

function iop_ce_register_setting() {
	register_setting(
		'iop_ce',
		IOP_CE_OPTION,
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'iop_ce_sanitize_config',
			'show_in_rest'      => false,
		)
	);
}

/** Only a JSON object under 1 MB is kept; anything else keeps the saved configuration and says why. */
function iop_ce_sanitize_config( $value ) {
	$previous = get_option( IOP_CE_OPTION, '' );
	if ( ! current_user_can( 'manage_options' ) ) {
		return $previous;
	}
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	if ( strlen( $value ) > IOP_CE_MAX_BYTES ) {
		add_settings_error( IOP_CE_OPTION, 'too-large', __( 'The configuration is larger than 1 MB, too large to be a center’s: it was not saved.', 'iop-cost-estimator' ) );
		return $previous;
	}
	$decoded = json_decode( $value );
	if ( ! is_object( $decoded ) ) {
		add_settings_error( IOP_CE_OPTION, 'not-json', __( 'The configuration is not a JSON object ({ ... }): it was not saved.', 'iop-cost-estimator' ) );
		return $previous;
	}
	// Stored as written again by PHP: the same data, without what JSON does not keep (comments would not parse).
	return wp_json_encode( $decoded, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRETTY_PRINT );
}

function iop_ce_add_settings_page() {
	$page = add_options_page( __( 'IOP cost estimator', 'iop-cost-estimator' ), __( 'IOP cost estimator', 'iop-cost-estimator' ), 'manage_options', 'iop-cost-estimator', 'iop_ce_settings_page' );
	add_action(
		'admin_print_scripts-' . $page,
		function () {
			iop_ce_enqueue();
			wp_enqueue_script( 'iop-cost-estimator-settings', plugins_url( 'assets/settings.js', __FILE__ ), array(), IOP_CE_VERSION, true );
		}
	);
}

function iop_ce_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$config = get_option( IOP_CE_OPTION, '' );
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'IOP cost estimator', 'iop-cost-estimator' ); ?></h1>
		<p><?php esc_html_e( 'Your center’s prices, the payers you are in network with, your sliding scale, payment-plan terms and phone, as the estimator reads them (the README explains each field). Place the estimator with the “IOP cost estimator” block or the [iop_cost_estimator] shortcode.', 'iop-cost-estimator' ); ?></p>
		<?php settings_errors( IOP_CE_OPTION ); ?>
		<form method="post" action="options.php" id="iop-ce-settings">
			<?php settings_fields( 'iop_ce' ); ?>
			<p>
				<label for="iop-ce-file"><?php esc_html_e( 'Read a file (it fills the box below; nothing is uploaded):', 'iop-cost-estimator' ); ?></label>
				<input type="file" id="iop-ce-file" accept=".json,application/json">
			</p>
			<p>
				<label for="iop-ce-config"><strong><?php esc_html_e( 'Configuration (JSON)', 'iop-cost-estimator' ); ?></strong></label><br>
				<textarea id="iop-ce-config" name="<?php echo esc_attr( IOP_CE_OPTION ); ?>" rows="20" class="large-text code" aria-describedby="iop-ce-check"><?php echo esc_textarea( $config ); ?></textarea>
			</p>
			<div id="iop-ce-check" role="status" aria-live="polite"><p><?php esc_html_e( 'Empty: the estimator shows a fictional example center, labelled as such.', 'iop-cost-estimator' ); ?></p></div>
			<?php submit_button( __( 'Save the configuration', 'iop-cost-estimator' ) ); ?>
		</form>
		<h2><?php esc_html_e( 'Preview', 'iop-cost-estimator' ); ?></h2>
		<iop-cost-estimator id="iop-ce-preview"></iop-cost-estimator>
		<script type="application/json" id="iop-ce-words"><?php echo wp_json_encode( iop_ce_settings_words(), JSON_HEX_TAG | JSON_HEX_AMP ); ?></script>
	</div>
	<?php
}

/** The settings page's words for its script, in the site's language. */
function iop_ce_settings_words() {
	return array(
		'empty'    => __( 'Empty: the estimator shows a fictional example center, labelled as such.', 'iop-cost-estimator' ),
		'notJson'  => __( 'Not JSON yet:', 'iop-cost-estimator' ),
		'ok'       => __( 'Ready: the estimator can use this configuration.', 'iop-cost-estimator' ),
		'errors'   => __( 'To fix before saving (visitors would see “Estimates are unavailable”):', 'iop-cost-estimator' ),
		'warnings' => __( 'Worth a look (estimates still work):', 'iop-cost-estimator' ),
		'checker'  => plugins_url( 'assets/dist/iop-check-config.js', __FILE__ ),
	);
}
