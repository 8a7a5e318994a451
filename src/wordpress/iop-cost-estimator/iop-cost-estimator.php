<?php
/**
 * Plugin Name:       IOP Cost Estimator
 * Description:       Shows visitors what your Intensive Outpatient Program would cost them out of pocket: a block and a [iop_cost_estimator] shortcode, with your prices set under Settings.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       iop-cost-estimator
 * Domain Path:       /languages
 *
 * Any role that may write posts can place the estimator: the block is rendered by the server and the shortcode is
 * text, so neither needs the `unfiltered_html` capability that a <script> tag in a post does. The center's
 * configuration is written into the page inside the tag (no file to upload, nothing fetched); only an
 * administrator sets it. The widget's scripts are in assets/dist/, as `npm run release` built them.
 */

defined( 'ABSPATH' ) || exit;

define( 'IOP_CE_VERSION', '0.1.0' );
define( 'IOP_CE_OPTION', 'iop_ce_config' );
/** A center's configuration is a few KB; the widget refuses one over 1 MB. */
define( 'IOP_CE_MAX_BYTES', 1000000 );

require_once __DIR__ . '/settings.php';

add_action( 'init', 'iop_ce_init' );

function iop_ce_init() {
	load_plugin_textdomain( 'iop-cost-estimator', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'iop_ce_render_block' ) );
	// The editor's words in the site's language (languages/*-iop-cost-estimator-editor-script.json).
	wp_set_script_translations( 'iop-cost-estimator-editor-script', 'iop-cost-estimator', __DIR__ . '/languages' );
	add_shortcode( 'iop_cost_estimator', 'iop_ce_render_shortcode' );
}

/** The attributes the element takes, each checked: anything else is left out. */
function iop_ce_element_attributes( $given ) {
	$attributes = array();
	$plan_types = array( 'private', 'aca', 'medicare', 'medicaid', 'uninsured', 'unsure' );
	if ( isset( $given['plan-type'] ) && in_array( $given['plan-type'], $plan_types, true ) ) {
		$attributes['plan-type'] = $given['plan-type'];
	}
	if ( isset( $given['weeks'] ) && is_numeric( $given['weeks'] ) && (int) $given['weeks'] >= 1 && (int) $given['weeks'] <= 52 ) {
		$attributes['weeks'] = (string) (int) $given['weeks'];
	}
	if ( isset( $given['hours-per-week'] ) && is_numeric( $given['hours-per-week'] ) && (float) $given['hours-per-week'] > 0 && (float) $given['hours-per-week'] <= 40 ) {
		$attributes['hours-per-week'] = (string) (float) $given['hours-per-week'];
	}
	if ( isset( $given['network'] ) && in_array( $given['network'], array( 'in', 'out' ), true ) ) {
		$attributes['network'] = $given['network'];
	}
	if ( isset( $given['language'] ) && in_array( $given['language'], array( 'en', 'es' ), true ) ) {
		$attributes['language'] = $given['language'];
	} elseif ( 0 === strpos( determine_locale(), 'es' ) ) {
		// A Spanish site gets the Spanish widget; its words load by themselves.
		$attributes['language'] = 'es';
	}
	if ( isset( $given['mode'] ) && 'counselor' === $given['mode'] ) {
		$attributes['mode'] = 'counselor';
	}
	return $attributes;
}

/** The block's attributes (camelCase, block.json) as the element's. */
function iop_ce_render_block( $block_attributes ) {
	$given = array();
	foreach ( array( 'planType' => 'plan-type', 'weeks' => 'weeks', 'hoursPerWeek' => 'hours-per-week', 'network' => 'network', 'language' => 'language' ) as $from => $to ) {
		if ( isset( $block_attributes[ $from ] ) && '' !== $block_attributes[ $from ] ) {
			$given[ $to ] = $block_attributes[ $from ];
		}
	}
	return iop_ce_render( iop_ce_element_attributes( $given ) );
}

/** [iop_cost_estimator plan-type="uninsured" weeks="8" hours-per-week="9" network="in" language="es"] */
function iop_ce_render_shortcode( $shortcode_attributes ) {
	$given = array();
	foreach ( (array) $shortcode_attributes as $name => $value ) {
		// WordPress lowercases shortcode attribute names; plan_type is accepted for plan-type too.
		$given[ str_replace( '_', '-', strtolower( (string) $name ) ) ] = (string) $value;
	}
	return iop_ce_render( iop_ce_element_attributes( $given ) );
}

/** The stored configuration, decoded (objects kept as objects), or null when none is set or it is not JSON. */
function iop_ce_config() {
	$stored = get_option( IOP_CE_OPTION, '' );
	if ( ! is_string( $stored ) || '' === $stored ) {
		return null;
	}
	$config = json_decode( $stored );
	return is_object( $config ) ? $config : null;
}

/**
 * <iop-cost-estimator> with the center's configuration inside it (JSON in a <script type="application/json">, its
 * "<" and ">" escaped so it can never end the script) and the words visitors see if the widget cannot run.
 */
function iop_ce_render( $attributes ) {
	iop_ce_enqueue();
	$html = '';
	foreach ( $attributes as $name => $value ) {
		$html .= sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	$config = iop_ce_config();
	$inline = '';
	if ( null !== $config ) {
		$json   = wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
		$inline = '<script type="application/json">' . $json . '</script>';
	}
	$phone    = ( null !== $config && isset( $config->contact->phone ) && is_string( $config->contact->phone ) ) ? $config->contact->phone : '';
	$fallback = '' !== $phone
		/* translators: %s: the center's phone number, as a link. */
		? sprintf( esc_html__( 'For an estimate of what our program would cost you, call our intake team at %s.', 'iop-cost-estimator' ), '<a href="tel:' . esc_attr( preg_replace( '/[^\d+]/', '', $phone ) ) . '">' . esc_html( $phone ) . '</a>' )
		: esc_html__( 'For an estimate of what our program would cost you, call our intake team.', 'iop-cost-estimator' );
	return '<iop-cost-estimator' . $html . '>' . $inline . '<p class="iop-cost-estimator-fallback">' . $fallback . '</p></iop-cost-estimator>';
}

/** The widget's script (a module) and its one CSS rule; enqueuing twice is harmless (WordPress keeps one). */
function iop_ce_enqueue() {
	static $preloaded = false;
	$dist = plugins_url( 'assets/dist/', __FILE__ );
	// Its space kept before it starts, so nothing below it jumps (a file, not inline, for strict policies).
	wp_enqueue_style( 'iop-cost-estimator', plugins_url( 'assets/iop-cost-estimator.css', __FILE__ ), array(), IOP_CE_VERSION );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		// WordPress 6.5+: a module, its first screen named in the head (modulepreload) so both come at once. The
		// entry may carry ?ver=; first-screen.js must not (the entry imports it by its plain name).
		wp_register_script_module( 'iop-cost-estimator-first-screen', $dist . 'first-screen.js', array(), null );
		wp_enqueue_script_module( 'iop-cost-estimator', $dist . 'iop-cost-estimator.js', array( 'iop-cost-estimator-first-screen' ), IOP_CE_VERSION );
		return;
	}
	// WordPress 6.1 to 6.4: a script tag made a module (iop_ce_module_tag), and the modulepreload printed by hand.
	wp_enqueue_script( 'iop-cost-estimator', $dist . 'iop-cost-estimator.js', array(), IOP_CE_VERSION, false );
	// Too late once the head is printed (a shortcode found only as the content renders): the script still works.
	if ( $preloaded || ( did_action( 'wp_head' ) && ! doing_action( 'wp_head' ) ) ) {
		return;
	}
	$preloaded = true;
	// After wp_enqueue_scripts, which a classic theme runs inside wp_head at priority 1.
	add_action(
		'wp_head',
		function () use ( $dist ) {
			printf( '<link rel="modulepreload" href="%s">' . "\n", esc_url( $dist . 'first-screen.js' ) );
		},
		2
	);
}

add_filter( 'script_loader_tag', 'iop_ce_module_tag', 10, 2 );

/** A plain <script src> of an ES module fails ("Unexpected token 'export'"): it must say type="module". */
function iop_ce_module_tag( $tag, $handle ) {
	if ( ! in_array( $handle, array( 'iop-cost-estimator', 'iop-cost-estimator-settings' ), true ) ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])text\/javascript\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}

// Asked for in the head where the page's content shows it is needed, so the modulepreload is there in time.
add_action(
	'wp_enqueue_scripts',
	function () {
		$post = get_post();
		if ( is_singular() && $post && ( has_block( 'iop/cost-estimator', $post ) || has_shortcode( $post->post_content, 'iop_cost_estimator' ) ) ) {
			iop_ce_enqueue();
		}
	}
);

// The editor's preview (ServerSideRender) shows the running widget.
add_action( 'enqueue_block_editor_assets', 'iop_ce_enqueue' );
