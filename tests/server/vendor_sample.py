# SPDX-License-Identifier: GPL-3.0-or-later
# The Python sample of the vendor's page (liveness_selfie_verification), ported to Python 3:
# only the print statement and where the host and the two file paths come from differ.
# Usage: vendor_sample.py HOST SELFIE LIVENESS
import sys

import requests
try:
    host = sys.argv[1]
    url = host + '/identity/liveness_selfie_verification'
    files = {'selfie_file': open(sys.argv[2], 'rb'), 'liveness_data_file': open(sys.argv[3], 'rb')}
    data = {'api_id': 'ID','api_secret': 'SECRET'}
    response = requests.post(url, files = files, data = data)
    result = response.json()
    print(result)
except Exception as e:
    print("type error: " + str(e))
