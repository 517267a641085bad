#!/bin/sh
# Tell the installing user how to get access to USB radio sticks (serial ports belong to "dialout").
echo "Hearth: to use a USB Zigbee/Z-Wave stick, add your user to the dialout group: sudo usermod -aG dialout \$USER (then log in again)."
