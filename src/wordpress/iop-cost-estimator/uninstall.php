<?php
// Deleting the plugin deletes what it stored: the center's configuration.
defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
delete_option( 'iop_ce_config' );
