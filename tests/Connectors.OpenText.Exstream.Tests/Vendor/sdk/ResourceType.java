/*
 * Copyright 2023 Open Text Corporation, All Rights Reserved.
 * The above copyright notice and this permission notice shall be included in all
 * copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 * SOFTWARE.
 */

package com.opentext.exstream.sdk.exstreamApi.model.enumeration;

/**
 * Exstream DAS resource types
 */
public enum ResourceType {
    resourcepack
    , exstrapplication
    , exstrdocument
    , exstrpage
    , exstrcomponentobj
    , exstremail
    , exstrengine
    , exstrvariablebase
    , exstrpackage
    , exstrgraphicalmessage
    , exstrtextmessage
    , exstrparagraph
    , exstrparagraphsection
    , image
    , samplefile
    , exstrdatasource
    , orcsettings
    , flowmodel
    , exstrhtml5
    , versionedtemplate
    , documentdefinition
    , enginerundef
    , font
    , fontdefinition
    , exstrbarcode
    , exstrpapertype
    , exstrmessagetype
    , exstrmetadata
    , exstrcommunicationset
    , exstroutputqueue
    , exstroutput
    , exstrlanguage
    , exstrlocale
    , exstrmigrationset
    , exstrmessaging
    , exstrmessagingauthor
    , flowscript
    , exstrnamedcolor
    , exstrcolorfamily
    , exstrstyle
    , exstrstylesheet
    , exstrevent
    , exstrrule
    ;
}
